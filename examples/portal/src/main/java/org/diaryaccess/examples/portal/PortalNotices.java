package org.diaryaccess.examples.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.diaryaccess.spi.NotificationCentre;
import org.diaryaccess.spi.delivery.Notice;
import org.diaryaccess.spi.delivery.Topic;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.text.Wording;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The portal's notification centre: the library delivers each notice here (at least once, from
 * its outbox; {@link #centre()} is the bean it calls), with its words in Russian and English, which
 * the centre keeps and shows in the reader's language; a notice delivered again under the same
 * idempotency key is kept once.
 */
@Component
public class PortalNotices {
  private final JdbcTemplate jdbc;
  private final Clock clock;

  /**
   * A centre keeping notices in the portal's table {@code portal_notice}.
   *
   * @param jdbc the portal's database
   * @param clock the portal's clock
   */
  public PortalNotices(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * A notice as the notification centre lists it.
   *
   * @param topic what happened
   * @param text what the library says to the recipient, in Russian and English
   * @param at when the centre received it
   */
  public record Received(Topic topic, Wording text, Instant at) {}

  /**
   * A citizen's notices, newest first.
   *
   * @param recipient the citizen
   * @return at most 50 notices
   */
  public List<Received> of(CitizenId recipient) {
    return jdbc.query("select topic, text_ru, text_en, received_at from portal_notice where recipient = ? "
            + "order by received_at desc, idempotency_key fetch first 50 rows only",
        (rs, i) -> {
          Topic topic = Topic.valueOf(rs.getString(1));
          String russian = rs.getString(2);
          String english = rs.getString(3);
          // A notice kept before notices carried words reads as its topic.
          Wording text = russian == null || english == null
              ? new Wording(topic.displayName(Locale.forLanguageTag("ru")), topic.displayName(Locale.ENGLISH))
              : new Wording(russian, english);
          return new Received(topic, text, rs.getTimestamp(4).toInstant());
        }, recipient.value());
  }

  /**
   * The library's notification centre for the portal: every topic kept alike.
   *
   * @return a centre that keeps each notice in {@code portal_notice}
   */
  public NotificationCentre centre() {
    return NotificationCentre.of(this::keep);
  }

  private void keep(Notice notice) {
    try {
      jdbc.update("insert into portal_notice (idempotency_key, recipient, topic, text_ru, text_en, received_at) "
              + "values (?, ?, ?, ?, ?, ?)", notice.idempotencyKey(), notice.recipient().value(), notice.topic().name(),
          notice.text().russian(), notice.text().english(), Timestamp.from(clock.instant()));
    } catch (DuplicateKeyException repeated) {
      // delivered before: the library's outbox delivers at least once
    }
  }
}
