# The images of the shop, from one Maven build:
#   docker build --build-arg SERVICE=order-service --build-arg PORT=8081 -t shop/order-service .
#   docker build --build-arg SERVICE=storefront --build-arg PORT=8080 -t shop/storefront .
#   docker build --target provisioner -t shop/provisioner .
# The CDK app (infra/cdk) builds the four service images and the storefront's this way, with the ports of
# ARCHITECTURE.md. The build
# stage takes no build argument, so the images built from one checkout share it: it runs once, not once per image.
# Behind a TLS-intercepting proxy, put its CA certificate in compose/ca-certificates/ (see the README there).

FROM eclipse-temurin:21-jdk AS build
WORKDIR /workspace
COPY compose/ca-certificates/ /usr/local/share/ca-certificates/extra/
COPY compose/trust-ca-certificates.sh /usr/local/bin/
RUN trust-ca-certificates.sh
COPY . .
# The Maven repository is a build cache, not a layer: dependencies download once per machine.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -pl order-service,inventory-service,shipping-service,notification-service,storefront,infra/provisioner -am \
        package -DskipTests -Dspotless.skip=true
# Each service jar, as application.jar, split into layers in the thin-jar form that CDS can archive (application.jar plus lib/);
# the --launcher form runs from exploded directories, which CDS cannot archive.
RUN set -eu; \
    for service in order-service inventory-service shipping-service notification-service storefront; do \
        mkdir -p "/jars/${service}"; \
        cp "${service}/target/${service}.jar" "/jars/${service}/application.jar"; \
        java -Djarmode=tools -jar "/jars/${service}/application.jar" extract --layers --destination "/extracted/${service}"; \
        mkdir -p "/extracted/${service}/dependencies" "/extracted/${service}/spring-boot-loader" \
            "/extracted/${service}/snapshot-dependencies" "/extracted/${service}/application"; \
    done
# The JRE images have neither curl nor wget: the health check is a few lines of Java.
RUN javac -d /healthcheck compose/healthcheck/HealthCheck.java

# The provisioner: a one-shot container that creates the topology and tables on an endpoint.
#   docker run --rm shop/provisioner --endpoint http://aws:4566
FROM eclipse-temurin:21-jre AS provisioner
RUN groupadd --system --gid 10001 shop && useradd --system --uid 10001 --gid shop --no-create-home shop
COPY --from=build /workspace/infra/provisioner/target/provisioner-exec.jar /app/provisioner.jar
USER shop
ENTRYPOINT ["java", "-jar", "/app/provisioner.jar"]

# A service or the storefront (the default target).
FROM eclipse-temurin:21-jre AS service
ARG SERVICE
ARG PORT
RUN test -n "${SERVICE}" || { echo "build with --build-arg SERVICE=<module>, e.g. order-service" >&2; exit 1; }
RUN test -n "${PORT}" || { echo "build with --build-arg PORT=<the service's port>, e.g. 8081" >&2; exit 1; }
RUN groupadd --system --gid 10001 shop && useradd --system --uid 10001 --gid shop --no-create-home shop
WORKDIR /application
COPY --from=build /extracted/${SERVICE}/dependencies/ ./
COPY --from=build /extracted/${SERVICE}/spring-boot-loader/ ./
COPY --from=build /extracted/${SERVICE}/snapshot-dependencies/ ./
COPY --from=build /extracted/${SERVICE}/application/ ./
COPY --from=build /healthcheck/HealthCheck.class /opt/healthcheck/
ENV PORT=${PORT} \
    SERVER_PORT=${PORT} \
    MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED=true
# CDS training run: start the context and exit once it is refreshed, before any listener or poller starts, recording
# the classes loaded into application.jsa. The region and endpoint below let the AWS clients be created; no AWS
# endpoint runs during a build, so the readiness check's first background calls simply fail, which does not stop the
# context (the storefront makes no AWS call at all). The build fails without the archive.
RUN AWS_REGION=us-east-1 SPRING_CLOUD_AWS_REGION_STATIC=us-east-1 SPRING_CLOUD_AWS_ENDPOINT=http://localhost:4566 \
        AWS_ACCESS_KEY_ID=build AWS_SECRET_ACCESS_KEY=build \
        java -XX:TieredStopAtLevel=1 -XX:ArchiveClassesAtExit=application.jsa -Dspring.context.exit=onRefresh \
            -jar application.jar > /tmp/cds.log 2>&1 \
    || { cat /tmp/cds.log >&2; echo "the CDS training run failed" >&2; exit 1; }; \
    test -s application.jsa && rm /tmp/cds.log
USER shop
EXPOSE ${PORT}
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD java -XX:TieredStopAtLevel=1 -Xmx32m -cp /opt/healthcheck HealthCheck "http://localhost:${PORT}/actuator/health/readiness"
ENTRYPOINT ["java", "-XX:SharedArchiveFile=application.jsa", "-XX:MaxRAMPercentage=75", "-jar", "application.jar"]
