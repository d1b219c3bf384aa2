# Build the jar with the project's Maven wrapper, then run it on a JRE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
# Extracted (app.jar plus lib/) rather than run as one nested jar: classes load faster at start-up.
RUN ./mvnw -B -q package -DskipTests \
    && java -Djarmode=tools -jar target/dangvu-*.jar extract --destination /app --application-filename app.jar

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home dangvu
USER dangvu
WORKDIR /home/dangvu
COPY --from=build /app/ ./
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "app.jar"]
