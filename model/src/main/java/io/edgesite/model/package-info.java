/**
 * The site as plain records: registration, host, network (NICs, bonds, VLANs, bridges), cluster, install
 * options, and the user-data keys kept as read. Records validate nothing and know no file format; enum
 * words go through {@link io.edgesite.model.Keyword}. Depends on nothing but the JDK.
 */
package io.edgesite.model;
