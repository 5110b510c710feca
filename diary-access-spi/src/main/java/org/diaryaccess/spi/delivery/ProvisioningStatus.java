package org.diaryaccess.spi.delivery;

/**
 * The diary system's answer to a request to open access.
 *
 * @since 0.1.0
 */
public enum ProvisioningStatus {
  /** Access is open; the grant becomes active now. */
  CONFIRMED,
  /** Accepted for later; the host confirms through the library when it is done. */
  ACCEPTED_FOR_LATER
}
