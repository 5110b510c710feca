/**
 * The library's own words for what happened, for whom they are meant: Russian names declined
 * ({@link org.diaryaccess.core.wording.RussianNames}) and the sentences of a notice
 * ({@link org.diaryaccess.core.wording.NoticeWords}).
 */
@NullMarked
package org.diaryaccess.core.wording;

import org.jspecify.annotations.NullMarked;
