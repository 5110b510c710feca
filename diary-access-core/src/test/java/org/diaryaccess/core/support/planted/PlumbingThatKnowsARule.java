package org.diaryaccess.core.support.planted;

import org.diaryaccess.core.decision.AccessRules;

/** Plumbing that reaches up into a rule: what {@code PLUMBING_KNOWS_NO_CAPABILITY} forbids. */
public final class PlumbingThatKnowsARule {
  private PlumbingThatKnowsARule() {}

  /**
   * Names a rule.
   *
   * @return the rule's class
   */
  public static Class<?> rule() {
    return AccessRules.class;
  }
}
