package org.diaryaccess.adapters.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The decision's id table is a map: after any puts and removals it answers as a {@link HashMap}
 * given the same, for ids that pack (short, below U+0100) and ids that do not, ids that differ in
 * one character of any of the three packed longs, and ids that are each other's prefixes.
 */
class IdTableProperties {

  /** Ids alike in every way the packing could confuse them. */
  private static final List<String> IDS = List.of("c-1", "c-10", "c-1\u0000", "\u0000c-1", "c-2", "",
      "abcdefgh", "abcdefgi", "abcdefghabcdefgh", "abcdefghabcdefgi", "abcdefghabcdefghabcdefgh",
      "abcdefghabcdefghabcdefgi", "abcdefghabcdefghabcdefghX", "abcdefghabcdefghabcdefghY",
      "ёлка-1", "ёлка-2", "ab\u0100", "ab\u0101", "\u00ff\u00fe", "\u00fe\u00ff",
      "ученик-0000000000000000000001", "ученик-0000000000000000000002");

  private record Op(boolean put, String id, int value) {}

  @Provide
  Arbitrary<List<Op>> operations() {
    Arbitrary<String> ids = Arbitraries.oneOf(Arbitraries.of(IDS),
        Arbitraries.integers().between(0, 3_000).map(i -> "p-" + i));
    return Combinators.combine(Arbitraries.integers().between(0, 3).map(i -> i > 0), ids,
        Arbitraries.integers()).as(Op::new).list().ofMaxSize(3_000);
  }

  @Property(tries = 200)
  void answersAsAMapDoes(@ForAll("operations") List<Op> operations) {
    IdTable<Integer> table = new IdTable<>();
    Map<String, Integer> model = new HashMap<>();
    for (Op op : operations) {
      if (op.put()) {
        assertThat(table.put(op.id(), op.value())).isEqualTo(model.put(op.id(), op.value()));
      } else {
        assertThat(table.remove(op.id())).isEqualTo(model.remove(op.id()));
      }
      assertThat(table.get(op.id())).isEqualTo(model.get(op.id()));
    }
    assertThat(table.size()).isEqualTo(model.size());
    for (String id : IDS) {
      assertThat(table.get(id)).as(id).isEqualTo(model.get(id));
    }
    for (String id : model.keySet()) {
      assertThat(table.get(id)).as(id).isEqualTo(model.get(id));
    }
  }

  @Test
  void idsThatPackAlikeInOneChunkAreStillTold() {
    IdTable<String> table = new IdTable<>();
    IDS.forEach(id -> table.put(id, id));
    IDS.forEach(id -> assertThat(table.get(id)).isEqualTo(id));
    assertThat(table.size()).isEqualTo(IDS.size());
    assertThat(table.get("c-3")).isNull();
  }

  @Test
  void aTableEmptiedAndRefilledManyTimesStaysSmallAndRight() {
    IdTable<Integer> table = new IdTable<>();
    for (int round = 0; round < 100; round++) {
      for (int i = 0; i < 1_000; i++) {
        table.put("p-" + (round * 1_000 + i), i);
      }
      for (int i = 0; i < 1_000; i++) {
        assertThat(table.remove("p-" + (round * 1_000 + i))).isEqualTo(i);
      }
    }
    assertThat(table.size()).isZero();
    assertThat(table.capacity()).as("slots after 100,000 ids came and went").isLessThanOrEqualTo(8_192);
    assertThat(table.get("p-5")).isNull();
    table.put("p-5", 5);
    assertThat(table.get("p-5")).isEqualTo(5);
  }
}
