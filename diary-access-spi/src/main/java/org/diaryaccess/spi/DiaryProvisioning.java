package org.diaryaccess.spi;

import org.diaryaccess.spi.delivery.ProvisioningRequest;
import org.diaryaccess.spi.delivery.ProvisioningStatus;

/**
 * The host's diary system: opens and closes a trusted person's access (R9). Calls may repeat
 * with the same idempotency key; throwing means "try later".
 */
public interface DiaryProvisioning {

  /**
   * Open access for a grant.
   *
   * @param request what to open
   * @return {@link ProvisioningStatus#CONFIRMED} if open now, or
   *     {@link ProvisioningStatus#ACCEPTED_FOR_LATER} if the host will confirm through the library
   */
  ProvisioningStatus open(ProvisioningRequest request);

  /**
   * Close access for an ended grant.
   *
   * @param request what to close
   */
  void close(ProvisioningRequest request);
}
