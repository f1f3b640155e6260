# Safqa: the Telegram/Slack bot, as a container.
#
#   docker build -t safqa .
#   docker run -d --name safqa -e TELEGRAM_BOT_TOKEN=123456:ABC... -v safqa-data:/app/data safqa
#
# The build copies only pom.xml, src, knowledge and config, so nothing else in the folder (target/,
# data/) reaches an image layer.

# --- build: the shaded jar ---
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
# Dependencies first, in a layer of their own: it is rebuilt only when pom.xml changes.
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests

# --- run: a JRE, the jar, the knowledge and the config ---
FROM eclipse-temurin:17-jre
RUN groupadd --system safqa \
 && useradd --system --gid safqa --home-dir /app --no-create-home --shell /usr/sbin/nologin safqa
WORKDIR /app
COPY --from=build /build/target/safqa.jar /app/safqa.jar
COPY knowledge /app/knowledge
COPY config /app/config
# The database lives in the volume; it must belong to the user the bot runs as.
RUN mkdir -p /app/data && chown safqa:safqa /app/data
USER safqa
VOLUME ["/app/data"]
EXPOSE 8080
# The JRE image has no curl: the jar asks /healthz itself (exit 0 healthy, 1 not), in a small JVM.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx32m", "-jar", "/app/safqa.jar", "health"]
# java is PID 1, so SIGTERM from `docker stop` reaches it: replies in flight finish, the database is
# flushed, exit 0. Docker kills after 10 s; raise it (docker stop -t, stop_grace_period) with the graces.
# The live set is ~10 MB (docs/PERFORMANCE.md): a 128 MB heap with the serial collector keeps the
# process under 256 MB RSS at 1,500 updates/s, where a percentage of the host's RAM let G1 grow to
# 750 MB. A much larger knowledge folder needs a larger -Xmx (--entrypoint java ... to change it).
ENTRYPOINT ["java", "-Xmx128m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-jar", "/app/safqa.jar"]
CMD ["serve"]
