@echo off
rem Runs reconcile's command line from an unpacked release, on Windows, as bin/reconcile does
rem elsewhere (without its class-data archive):
rem   bin\reconcile advise examples\cases.jsonl
rem Java 17 or later, from JAVA_HOME or else the PATH. RECONCILE_JAVA_OPTS is passed to java,
rem e.g. set RECONCILE_JAVA_OPTS=-Xmx256m
setlocal
set "RECONCILE_JAR=%~dp0..\lib\reconcile-cli.jar"
if not exist "%RECONCILE_JAR%" (
  echo reconcile: %RECONCILE_JAR% is missing: run this from an unpacked release, or build one with mvn -B package 1>&2
  exit /b 2
)
set "RECONCILE_JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "RECONCILE_JAVA=%JAVA_HOME%\bin\java.exe"
"%RECONCILE_JAVA%" %RECONCILE_JAVA_OPTS% -jar "%RECONCILE_JAR%" %*
exit /b %ERRORLEVEL%
