/**
 * The heat-metering part of the demo ({@code castellan demo}) and of the collection benchmark: emulated TEM-106
 * meters on emulated RS-485 lines behind emulated iRZ modems ({@link org.castellan.metering.demo.MeterBus}), and the
 * demo fleet that registers them as meters under a fast polling plan ({@link
 * org.castellan.metering.demo.DemoMeterFleet}).
 */
package org.castellan.metering.demo;
