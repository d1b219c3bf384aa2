/** What branch secretaries do every month: duties, meetings, attendance, contributions, liaisons. */
package vn.dangvu.branchwork;
