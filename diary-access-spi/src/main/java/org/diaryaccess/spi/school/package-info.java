/**
 * The school register: a pupil record per enrolled child, with the child's contacts and the legal representatives' entries.
 */
@NullMarked
package org.diaryaccess.spi.school;

import org.jspecify.annotations.NullMarked;
