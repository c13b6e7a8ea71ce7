@echo off
rem Runs reconcile's command line from an unpacked release, on Windows (see bin/reconcile):
rem   bin\reconcile advise examples\cases.jsonl
rem RECONCILE_JAVA_OPTS is passed to java, e.g. set RECONCILE_JAVA_OPTS=-Xmx256m
setlocal
set "RECONCILE_JAR=%~dp0..\lib\reconcile-cli.jar"
if not exist "%RECONCILE_JAR%" (
  echo reconcile: %RECONCILE_JAR% is missing: run this from an unpacked release, or build one with mvn -B package 1>&2
  exit /b 2
)
java %RECONCILE_JAVA_OPTS% -jar "%RECONCILE_JAR%" %*
exit /b %ERRORLEVEL%
