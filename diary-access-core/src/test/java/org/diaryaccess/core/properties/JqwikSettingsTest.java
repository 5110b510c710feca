package org.diaryaccess.core.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The build's default number of tries ({@code jqwik.tries.default} in the parent POM, or
 * {@code -Djqwik.tries.default=N}) reaches jqwik: a property that sets no count of its own runs
 * exactly that many times.
 */
class JqwikSettingsTest {
  private static final AtomicInteger TRIED = new AtomicInteger();

  @Property
  void runsTheBuildsDefaultNumberOfTries(@ForAll long any) {
    TRIED.incrementAndGet();
  }

  @AfterContainer
  static void triedAsConfigured() {
    assertThat(TRIED.get()).isEqualTo(Integer.parseInt(System.getProperty("jqwik.tries.default")));
  }
}
