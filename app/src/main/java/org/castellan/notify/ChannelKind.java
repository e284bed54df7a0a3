package org.castellan.notify;

/** The ways a notification leaves the platform (DESIGN "Events, alarms, notifications"). */
public enum ChannelKind { EMAIL, SMS, WEBHOOK, MQTT }
