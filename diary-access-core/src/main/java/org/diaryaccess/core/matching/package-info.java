/**
 * Rule R3 (match) and R4/R5/R12 (who is a legal representative, who is the pupil): {@link org.diaryaccess.core.matching.MatchPolicy} and {@link org.diaryaccess.core.matching.Representation}.
 */
@NullMarked
package org.diaryaccess.core.matching;

import org.jspecify.annotations.NullMarked;
