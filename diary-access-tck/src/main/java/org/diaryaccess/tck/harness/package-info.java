/**
 * The library wired as a host would wire it, on a store under test: a clock the test moves,
 * sequential ids, recording stand-ins for the notification centre and the diary system, and the
 * people of the city portal's guide for parents.
 */
package org.diaryaccess.tck.harness;
