package org.diaryaccess.examples.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The portal as it runs, on a free port with a database file of its own in a temporary folder,
 * housekeeping every 300 ms so that notices arrive while a test waits: what the tests that need a
 * servlet container start, each its own.
 */
final class RunningPortal implements AutoCloseable {
  private final ConfigurableApplicationContext context;

  /**
   * Starts one.
   *
   * @param name a prefix for its temporary folder
   */
  RunningPortal(String name) {
    try {
      this.context = SpringApplication.run(PortalApplication.class, "--server.port=0",
          "--spring.datasource.url=jdbc:h2:file:" + Files.createTempDirectory(name).resolve("portal")
              + ";DB_CLOSE_ON_EXIT=FALSE",
          "--diary-access.housekeeping.interval=300ms", "--logging.level.root=warn");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The port it listens on. */
  int port() {
    return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
  }

  /** One of its beans. */
  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() {
    context.close();
  }
}
