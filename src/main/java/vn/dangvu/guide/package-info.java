/**
 * The in-app guide (Hướng dẫn): text for office users, one part per role and one per common task, and the
 * link from each page of the app to the guide's section about it. It reads no data.
 */
@ApplicationModule(allowedDependencies = {"shared"})
package vn.dangvu.guide;

import org.springframework.modulith.ApplicationModule;
