/** Who changed what and when, for every write; district staff read it per record. */
package vn.dangvu.audit;
