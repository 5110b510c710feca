package org.diaryaccess.spi.delivery;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.Set;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.service.DiarySection;
import org.jspecify.annotations.Nullable;

/**
 * What the host's diary system needs to open or close a trusted person's access.
 *
 * @param idempotencyKey the same on every attempt of one request
 * @param grant the grant
 * @param trustee the trusted person
 * @param pupil the child
 * @param sections the sections to show
 * @param endDate the last day of access, if limited
 * @since 0.1.0
 */
public record ProvisioningRequest(
    String idempotencyKey, GrantId grant, CitizenId trustee, PupilRecordId pupil, Set<DiarySection> sections,
    @Nullable LocalDate endDate) {
  /**
   * Checks the parts.
   *
   * @param idempotencyKey the same on every attempt of one request
   * @param grant the grant
   * @param trustee the trusted person
   * @param pupil the child
   * @param sections the sections to show
   * @param endDate the last day of access, if limited
   */
  public ProvisioningRequest {
    checkNotNull(idempotencyKey, "idempotencyKey");
    checkNotNull(grant, "grant");
    checkNotNull(trustee, "trustee");
    checkNotNull(pupil, "pupil");
    sections = Sets.immutableEnumSet(sections);
  }
}
