package org.diaryaccess.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** IDEs complete and document every diary-access.* property: the build writes their metadata. */
class ConfigurationMetadataTest {

  @Test
  void everyPropertyIsDescribedForIdes() throws IOException {
    String metadata;
    try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(
        "/META-INF/spring-configuration-metadata.json"), "no configuration metadata")) {
      metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(metadata).contains("\"diary-access.invitation-lifetime\"", "\"diary-access.provisioning-deadline\"",
        "\"diary-access.trusted-persons-per-child\"", "\"diary-access.invitations-per-day\"",
        "\"diary-access.declines-before-cooldown\"", "\"diary-access.decline-cooldown\"",
        "\"diary-access.age-of-majority\"", "\"diary-access.minimum-trustee-age\"", "\"diary-access.zone\"",
        "\"diary-access.housekeeping.interval\"", "\"diary-access.audit.cron\"",
        "\"diary-access.health.max-outbox-age\"", "how long an invitation stays pending");
  }
}
