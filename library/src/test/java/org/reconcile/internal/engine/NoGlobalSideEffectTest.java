package org.reconcile.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.kie.internal.concurrent.ExecutorProviderFactory;
import org.reconcile.ProjectFiles;

/** Loading rules leaves Drools' shared settings as the host set them: a host may use Drools too. */
class NoGlobalSideEffectTest {

    @Test
    void compilingRulesLeavesDroolsSharedPoolAsItWas() {
        ThreadPoolExecutor pool = (ThreadPoolExecutor) ExecutorProviderFactory.getExecutorProvider().getExecutor();
        long keepAlive = pool.getKeepAliveTime(TimeUnit.NANOSECONDS);
        boolean coreTimesOut = pool.allowsCoreThreadTimeOut();

        RuleBase.fromDirectory(ProjectFiles.of("rules"));

        assertThat(pool.getKeepAliveTime(TimeUnit.NANOSECONDS)).isEqualTo(keepAlive);
        assertThat(pool.allowsCoreThreadTimeOut()).isEqualTo(coreTimesOut);
    }
}
