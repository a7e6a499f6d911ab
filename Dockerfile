# syntax=docker/dockerfile:1
# One image per service:
#   docker build --build-arg SERVICE=order-service --build-arg PORT=8081 -t shop/order-service .
# The CDK app (infra/cdk) builds the four images this way, with the ports of ARCHITECTURE.md.

FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /workspace
COPY . .
ARG SERVICE
RUN test -n "${SERVICE}" || { echo "build with --build-arg SERVICE=<module>, e.g. order-service" >&2; exit 1; }
# The Maven repository is a build cache, not a layer: dependencies download once per machine.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -pl "${SERVICE}" -am package -DskipTests -Dspotless.skip=true
# Exactly one Spring Boot jar, whatever its version; split into layers in the thin-jar form that CDS can archive
# (application.jar plus lib/). The --launcher form runs from exploded directories, which CDS cannot archive.
RUN set -eu; \
    jars=$(find "${SERVICE}/target" -maxdepth 1 -name '*.jar' \
        ! -name '*-sources.jar' ! -name '*-javadoc.jar' ! -name '*-plain.jar'); \
    [ "$(echo "${jars}" | wc -w)" -eq 1 ] || { echo "expected one jar in ${SERVICE}/target, found: ${jars}" >&2; exit 1; }; \
    cp "${jars}" application.jar; \
    java -Djarmode=tools -jar application.jar extract --layers --destination /extracted; \
    mkdir -p /extracted/dependencies /extracted/spring-boot-loader /extracted/snapshot-dependencies /extracted/application

# The JRE images have neither curl nor wget: the health check is a few lines of Java, compiled here.
COPY <<'JAVA' /healthcheck/HealthCheck.java
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Exits 0 when the URL answers 200, else 1 (an exception, such as a refused connection, also exits 1). */
public class HealthCheck {
    public static void main(String[] args) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(args[0])).timeout(Duration.ofSeconds(3)).build();
        int status = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        System.exit(status == 200 ? 0 : 1);
    }
}
JAVA
RUN javac -d /healthcheck /healthcheck/HealthCheck.java

FROM eclipse-temurin:21-jre
ARG PORT
RUN test -n "${PORT}" || { echo "build with --build-arg PORT=<the service's port>, e.g. 8081" >&2; exit 1; }
RUN groupadd --system --gid 10001 shop && useradd --system --uid 10001 --gid shop --no-create-home shop
WORKDIR /application
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
COPY --from=build /healthcheck/HealthCheck.class /opt/healthcheck/
ENV PORT=${PORT} \
    SERVER_PORT=${PORT} \
    MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED=true
# CDS training run: start the context and exit once it is refreshed, before any listener starts, recording the
# classes loaded. If a service cannot start without its AWS endpoints, the image simply runs without the archive
# (the JVM ignores a missing -XX:SharedArchiveFile).
RUN java -XX:ArchiveClassesAtExit=application.jsa -Dspring.context.exit=onRefresh -jar application.jar \
    || { echo "CDS training run failed; the image starts without a class data archive" >&2; rm -f application.jsa; }
USER shop
EXPOSE ${PORT}
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD java -XX:TieredStopAtLevel=1 -Xmx32m -cp /opt/healthcheck HealthCheck "http://localhost:${PORT}/actuator/health/readiness"
ENTRYPOINT ["java", "-XX:SharedArchiveFile=application.jsa", "-XX:MaxRAMPercentage=75", "-jar", "application.jar"]
