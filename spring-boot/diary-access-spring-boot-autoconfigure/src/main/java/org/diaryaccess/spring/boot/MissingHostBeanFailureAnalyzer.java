package org.diaryaccess.spring.boot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Tells a host that forgot its notification centre or its diary system which bean to write.
 *
 * @since 0.1.0
 */
public final class MissingHostBeanFailureAnalyzer extends AbstractFailureAnalyzer<MissingHostBeanException> {
  /** Created by Spring Boot from {@code spring.factories}. */
  public MissingHostBeanFailureAnalyzer() {}

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MissingHostBeanException cause) {
    String type = cause.beanType();
    String simple = type.substring(type.lastIndexOf('.') + 1);
    return new FailureAnalysis(
        "diary-access found no bean of type " + type + ". The library delivers notices to the host's "
            + "notification centre and opens trusted persons' access in the host's diary system; only the host "
            + "can write those two.",
        "Define a @Bean of type " + simple + " in your application (for a start, " + simple + ".of(...)); "
            + "see the README, section \"Spring Boot\".",
        cause);
  }
}
