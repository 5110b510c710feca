package org.diaryaccess.tck.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.diaryaccess.adapters.inmemory.InMemoryStore;
import org.diaryaccess.spi.service.DiarySection;
import org.diaryaccess.tck.StoreUnderTest;
import org.diaryaccess.tck.properties.ReferenceModel.Triple;
import org.junit.jupiter.api.Test;

/**
 * Every sequence of commands up to a length, not a random sample: the stateful property's small
 * world (six citizens — parents, candidates, a minor — three children, one of whom turns 18 a
 * month in), thirteen concrete steps (two invitations, their answers, revocation, renunciation,
 * the school dropping a parent, a profile change, housekeeping, a day and a month passing across
 * expiry, an end date and the 18th birthday), and after every step every decision compared with
 * the {@link ReferenceModel}. Depth 4 in the build (about a minute on 2 cores); {@code -Ddiaryaccess.exhaustive.depth=5}
 * goes one further (about thirteen times longer).
 */
class ExhaustiveSmallScopeTest {
  private static final int DEPTH = Integer.getInteger("diaryaccess.exhaustive.depth", 4);

  private record Step(String name, Consumer<DiarySimulation> effect) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<Step> STEPS = List.of(
      new Step("c0 invites c2 to p0 by phone", s -> s.invite(false, 0, 2, true, true, List.of(0), null, null)),
      new Step("c0 invites c3 to p1, grades only, until tomorrow",
          s -> s.invite(false, 0, 3, true, true, List.of(1), EnumSet.of(DiarySection.GRADES), 1)),
      new Step("the invitee accepts the newest", s -> s.accept(null, 0)),
      new Step("the invitee accepts the one before", s -> s.accept(null, 1)),
      new Step("the invitee declines the newest", s -> s.decline(null, 0)),
      new Step("the inviter cancels the newest", s -> s.cancel(null, 0)),
      new Step("the grantor revokes the newest grant", s -> s.revoke(null, 0)),
      new Step("the trustee renounces the newest grant", s -> s.renounce(null, 0)),
      new Step("the school drops c0 from p0", s -> s.setRepresentative(0, 0, null)),
      new Step("c0's phone changes", s -> s.saveProfile(0, new Triple(0, 3, -1))),
      new Step("housekeeping", DiarySimulation::housekeeping),
      new Step("a day passes", s -> s.advance(Duration.ofDays(1))),
      new Step("a month passes", s -> s.advance(Duration.ofDays(31))));

  @Test
  void everySequenceUpToTheDepthAgreesWithTheReferenceModelAfterEveryStep() {
    Set<String> states = new HashSet<>();
    long sequences = 0;
    long steps = 0;
    List<List<Step>> frontier = List.of(List.of());
    for (int depth = 1; depth <= DEPTH; depth++) {
      List<List<Step>> next = new ArrayList<>();
      for (List<Step> prefix : frontier) {
        for (Step step : STEPS) {
          List<Step> sequence = new ArrayList<>(prefix);
          sequence.add(step);
          steps += play(sequence, states);
          sequences++;
          next.add(sequence);
        }
      }
      frontier = next;
    }
    System.out.printf("Exhaustive small scope: depth %d, %d sequences, %d steps, %d distinct states%n", DEPTH,
        sequences, steps, states.size());
    assertThat(sequences).isEqualTo(geometric(STEPS.size(), DEPTH));
    assertThat(states).as("distinct states reached").hasSizeGreaterThan(STEPS.size());
  }

  /** Plays one sequence on a fresh world, checking every decision after every step. */
  private static int play(List<Step> sequence, Set<String> states) {
    DiarySimulation simulation = new DiarySimulation(() -> StoreUnderTest.of(new InMemoryStore()));
    try {
      for (Step step : sequence) {
        step.effect().accept(simulation);
        try {
          simulation.agreesWithModel();
        } catch (AssertionError disagreement) {
          throw new AssertionError("after " + sequence + ": " + disagreement.getMessage(), disagreement);
        }
        states.add(fingerprint(simulation.model));
      }
      return sequence.size();
    } finally {
      simulation.world.close();
    }
  }

  /** What distinguishes one state of the world from another: every decision, invitation and grant, and the day. */
  private static String fingerprint(ReferenceModel model) {
    StringBuilder state = new StringBuilder(model.now.toString());
    for (int c = 0; c < DiarySimulation.CITIZENS; c++) {
      for (int p = 0; p < DiarySimulation.PUPILS; p++) {
        state.append(model.decide(c, p, null)).append(model.decide(c, p, DiarySection.ATTENDANCE.name()));
      }
    }
    model.invitations.forEach(i -> state.append(i.id).append(i.state));
    model.grants.forEach(g -> state.append(g.id).append(g.state));
    model.profiles.forEach((c, t) -> state.append(c).append(t));
    return state.toString();
  }

  private static long geometric(int base, int depth) {
    long total = 0;
    long power = 1;
    for (int d = 1; d <= depth; d++) {
      power *= base;
      total += power;
    }
    return total;
  }
}
