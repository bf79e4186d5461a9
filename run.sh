#!/usr/bin/env bash
# Starts SIRT Desk. Default: embedded H2 under ./data, demo users on 127.0.0.1:${SERVER_PORT:-8080}.
# With SPRING_PROFILES_ACTIVE=postgres and SPRING_DATASOURCE_URL/USERNAME/PASSWORD it runs on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")"
jar=incident-api/target/sirtdesk.jar
if [ ! -f "$jar" ] || [ -n "$(find pom.xml incident-*/pom.xml incident-*/src -newer "$jar" -print -quit)" ]; then
  ./mvnw -B -q -DskipTests -Dspotless.check.skip=true install
fi
export AXONIQ_UPDATE_CHECKER_DISABLED=true
exec java ${JAVA_OPTS:-} -Daxoniq.update-checker.disabled=true -jar "$jar" "$@"
