/** Yearly ratings of members (and, later, of branches). */
package vn.dangvu.evaluation;
