/** What the theme's client module hands its language registration: a Prism with no languages. */
export const Prism = { languages: {} };
