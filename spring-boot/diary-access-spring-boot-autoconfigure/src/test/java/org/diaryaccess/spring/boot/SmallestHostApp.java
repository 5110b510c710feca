package org.diaryaccess.spring.boot;

import org.diaryaccess.spi.DiaryProvisioning;
import org.diaryaccess.spi.NotificationCentre;
import org.diaryaccess.spi.delivery.ProvisioningStatus;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The smallest Boot host that works: the starter, and the two beans only a host can write. */
@SpringBootApplication
public class SmallestHostApp {
  @Bean
  NotificationCentre notificationCentre() {
    return NotificationCentre.of(notice -> { });
  }

  @Bean
  DiaryProvisioning diaryProvisioning() {
    return DiaryProvisioning.of(request -> ProvisioningStatus.CONFIRMED, request -> { });
  }
}
