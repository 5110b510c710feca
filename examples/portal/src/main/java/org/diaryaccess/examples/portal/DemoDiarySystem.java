package org.diaryaccess.examples.portal;

import org.diaryaccess.spi.DiaryProvisioning;
import org.diaryaccess.spi.delivery.ProvisioningRequest;
import org.diaryaccess.spi.delivery.ProvisioningStatus;
import org.springframework.stereotype.Component;

/**
 * The diary system, as slow as the guide says («в течение суток»): it takes every request to
 * open a trusted person's access for later, and the operator confirms it on the operator's
 * screen, playing the diary system. Closing needs nothing here: the library refuses a closed
 * grant at once.
 */
@Component
class DemoDiarySystem implements DiaryProvisioning {
  @Override
  public ProvisioningStatus open(ProvisioningRequest request) {
    return ProvisioningStatus.ACCEPTED_FOR_LATER;
  }

  @Override
  public void close(ProvisioningRequest request) {
    // nothing kept open here to close
  }
}
