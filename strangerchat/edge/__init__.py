"""The edge: what every answer and every log line about a request gets, whatever went wrong."""
