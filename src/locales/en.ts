import { defaultMessages, type Messages } from '../i18n/messages.js';

/** English UI strings (the default): `<EsimProvider locale="en" messages={en}>`, or a base to spread your own over. */
const en: Messages = defaultMessages;

export default en;
