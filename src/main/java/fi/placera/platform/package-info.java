/**
 * Technical platform shared by every module: the database (embedded PostgreSQL by default),
 * the web layout, languages and formatting, correlation ids, error pages and the clock.
 * It holds no business rules and no client data; every module may use it. {@link fi.placera.platform.IpsModel} is
 * the one home of the IPS model's numbers (targets, schedules, the small-cell rule), which every module applies
 * (decision 0056).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package fi.placera.platform;
