/**
 * jqwik arbitraries for the worlds the kit draws: contacts valid and hostile, citizens, pupil
 * records, invitations and grants, for a host's own property tests.
 */
package org.diaryaccess.tck.arbitraries;
