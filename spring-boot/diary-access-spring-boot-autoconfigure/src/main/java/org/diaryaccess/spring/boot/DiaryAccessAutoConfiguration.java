package org.diaryaccess.spring.boot;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.time.Clock;
import javax.sql.DataSource;
import org.diaryaccess.adapters.inmemory.InMemoryStore;
import org.diaryaccess.adapters.jdbc.JdbcStore;
import org.diaryaccess.core.DiaryAccess;
import org.diaryaccess.spi.DiaryObserver;
import org.diaryaccess.spi.DiaryProvisioning;
import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.NotificationCentre;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * diary-access in a Spring Boot host. With a {@code DataSource}, a {@link JdbcStore} on it,
 * migrated at start-up by the library's own Flyway migrations (history table
 * {@value JdbcStore#HISTORY_TABLE}, apart from the host's, so the two never disagree about
 * versions); without one, the in-memory store, with a warning that nothing survives a restart.
 * The {@link DiaryAccess} bean uses the host's {@link Clock} bean if there is one. Every bean backs
 * off when the host defines its own; the notification centre and the diary system are the host's
 * to write.
 *
 * @since 0.1.0
 */
@AutoConfiguration(afterName = {"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
    "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"})
@EnableConfigurationProperties(DiaryAccessProperties.class)
public class DiaryAccessAutoConfiguration {
  private static final Logger LOG = LoggerFactory.getLogger(DiaryAccessAutoConfiguration.class);

  /** Created by Spring Boot. */
  public DiaryAccessAutoConfiguration() {}

  /** The store on the host's database. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnBean(DataSource.class)
  @ConditionalOnMissingBean(DiaryStore.class)
  static class JdbcStoreConfiguration {
    @Bean
    JdbcStore diaryStore(DataSource dataSource) {
      return JdbcStore.on(dataSource).migrate();
    }
  }

  /** The store in memory, for a host with no database. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnMissingBean({DataSource.class, DiaryStore.class})
  static class InMemoryStoreConfiguration {
    @Bean
    InMemoryStore diaryStore() {
      LOG.warn("diary-access found no DataSource and keeps its invitations, grants and audit log in memory: "
          + "nothing survives a restart. Define a DataSource to keep them.");
      return new InMemoryStore();
    }
  }

  /**
   * The library, built once.
   *
   * @param store the store
   * @param centre the host's notification centre
   * @param diarySystem the host's diary system
   * @param clock the host's clock, if it defines one
   * @param properties the settings
   * @param observer the metrics, where the host has Micrometer
   * @return the library
   */
  @Bean
  @ConditionalOnMissingBean
  public DiaryAccess diaryAccess(DiaryStore store, ObjectProvider<NotificationCentre> centre,
      ObjectProvider<DiaryProvisioning> diarySystem, ObjectProvider<Clock> clock, DiaryAccessProperties properties,
      ObjectProvider<DiaryObserver> observer) {
    NotificationCentre notificationCentre = centre.getIfAvailable();
    if (notificationCentre == null) {
      throw new MissingHostBeanException(NotificationCentre.class);
    }
    DiaryProvisioning provisioning = diarySystem.getIfAvailable();
    if (provisioning == null) {
      throw new MissingHostBeanException(DiaryProvisioning.class);
    }
    return DiaryAccess.builder()
        .store(store)
        .notificationCentre(notificationCentre)
        .diaryProvisioning(provisioning)
        .clock(clock.getIfAvailable(Clock::systemUTC))
        .settings(properties.toSettings())
        .observer(observer.getIfAvailable(DiaryObserver::none))
        .build();
  }

  /**
   * Housekeeping and audit verification on their schedules.
   *
   * @param access the library
   * @param properties the schedules
   * @param clock the host's clock, if it defines one
   * @param listener the meters, where the host has Micrometer
   * @return the scheduler
   */
  @Bean
  @ConditionalOnMissingBean
  public DiaryAccessScheduler diaryAccessScheduler(DiaryAccess access, DiaryAccessProperties properties,
      ObjectProvider<Clock> clock, ObjectProvider<HousekeepingListener> listener) {
    return new DiaryAccessScheduler(access, properties, clock.getIfAvailable(Clock::systemUTC),
        listener.getIfAvailable(() -> (report, took) -> { }));
  }

  /** The meters, where the host has Micrometer: its registry, or Micrometer's global one. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
  static class MetricsConfiguration {
    @Bean
    @ConditionalOnMissingBean
    DiaryAccessMetrics diaryAccessMetrics(ObjectProvider<MeterRegistry> registry) {
      return new DiaryAccessMetrics(registry.getIfAvailable(() -> Metrics.globalRegistry));
    }

    @Bean
    SmartInitializingSingleton diaryAccessStatusGauges(DiaryAccessMetrics metrics, ObjectProvider<DiaryAccess> access) {
      return () -> metrics.bindStatus(access.getObject());
    }
  }

  /** The health contributor, where the host has Spring Boot's health support. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
  static class HealthConfiguration {
    @Bean
    @ConditionalOnMissingBean(name = "diaryAccessHealthIndicator")
    DiaryAccessHealthIndicator diaryAccessHealthIndicator(DiaryAccess access, DiaryAccessProperties properties) {
      return new DiaryAccessHealthIndicator(access, properties.health());
    }
  }
}
