"""Read side: store -> rows for the CLI, the API and the web pages."""
