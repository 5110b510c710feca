/**
 * What access is granted to: a service (the e-diary) and the sections of its diary.
 */
@NullMarked
package org.diaryaccess.spi.service;

import org.jspecify.annotations.NullMarked;
