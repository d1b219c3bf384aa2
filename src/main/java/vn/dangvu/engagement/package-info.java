/** Commendations and reminders, residents' concerns, citizen reception and the annual dialogue. */
package vn.dangvu.engagement;
