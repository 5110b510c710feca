package org.diaryaccess.core.properties;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.state.ActionChain;
import org.diaryaccess.core.testing.Backend;
import org.diaryaccess.core.testing.InMemoryBackend;

/** The stateful property on the in-memory adapter: 1,000 sequences per build. */
class InMemoryStatefulProperties extends AbstractStatefulProperties {

  @Override
  protected Backend newBackend() {
    return new InMemoryBackend();
  }

  @Provide
  Arbitrary<ActionChain<DiarySimulation>> sequences() {
    return chains();
  }

  @Property(tries = 1000)
  void everyDecisionAgreesWithTheReferenceModel(@ForAll("sequences") ActionChain<DiarySimulation> chain) {
    DiarySimulation end =
        chain.withInvariant("decisions agree with the reference model", DiarySimulation::agreesWithModel).run();
    coverage(end);
  }
}
