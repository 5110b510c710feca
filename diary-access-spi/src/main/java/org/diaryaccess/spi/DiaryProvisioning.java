package org.diaryaccess.spi;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.function.Consumer;
import java.util.function.Function;
import org.diaryaccess.spi.delivery.ProvisioningRequest;
import org.diaryaccess.spi.delivery.ProvisioningStatus;

/**
 * The host's diary system: opens and closes a trusted person's access (R9). Calls may repeat
 * with the same idempotency key; throwing means "try later".
 *
 * @since 0.1.0
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

  /**
   * A diary system made of two functions.
   *
   * <pre>{@code
   * DiaryProvisioning diarySystem = DiaryProvisioning.of(diary::open, diary::close);
   * }</pre>
   *
   * @param open opens a trusted person's access and says whether it is done
   * @param close closes it
   * @return the diary system
   */
  static DiaryProvisioning of(Function<ProvisioningRequest, ProvisioningStatus> open,
      Consumer<ProvisioningRequest> close) {
    checkNotNull(open, "open");
    checkNotNull(close, "close");
    return new DiaryProvisioning() {
      @Override
      public ProvisioningStatus open(ProvisioningRequest request) {
        return open.apply(request);
      }

      @Override
      public void close(ProvisioningRequest request) {
        close.accept(request);
      }
    };
  }
}
