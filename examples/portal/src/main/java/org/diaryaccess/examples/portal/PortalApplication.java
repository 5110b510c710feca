package org.diaryaccess.examples.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The demo portal: the screens of the city portal's guide for parents, built on diary-access
 * through its Spring Boot starter. Embedded H2 in a file under {@code target/} by default;
 * PostgreSQL by one property ({@code spring.datasource.url}).
 *
 * <pre>
 * ./mvnw -q -pl examples/portal -am package -DskipTests spring-boot:run      then http://localhost:8080
 * </pre>
 */
@SpringBootApplication
public class PortalApplication {
  /**
   * Starts the portal.
   *
   * @param args Spring Boot's arguments, e.g. {@code --server.port=8081}
   */
  public static void main(String[] args) {
    SpringApplication.run(PortalApplication.class, args);
  }
}
