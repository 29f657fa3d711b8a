/** The web app's port when neither --port nor $PORT says otherwise (shown in `serve --help`). */
export const DEFAULT_PORT = 4178;
