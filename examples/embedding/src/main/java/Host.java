import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An application that embeds reconcile: it runs the README's example (Example.java, a copy of the
 * README's block), then a form built from the catalog of facts (FormExample.java), and then logs at INFO, its SLF4J binding's default level. run.sh checks that the
 * line appears: reconcile's jar must leave the application's logging as the application set it.
 */
public final class Host {
    private static final Logger LOG = LoggerFactory.getLogger(Host.class);

    private Host() {
    }

    public static void main(String[] args) throws Exception {
        Example.main(args);
        FormExample.main(args);
        LOG.info("host: the example ran; this line is the host's own logging");
    }
}
