# strangerchat in one container: the in-memory default, or many replicas with STRANGERCHAT_REDIS_URL
# (and STRANGERCHAT_DATABASE_URL for a shared PostgreSQL moderation database).

# Build stage: wheels for every dependency, so the final stage needs no index and no compiler.
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY strangerchat ./strangerchat
RUN pip wheel --no-cache-dir --wheel-dir /wheels ".[fast,postgres]" \
    && rm /wheels/strangerchat-*.whl

# Final stage: the dependencies from those wheels, the package and its web/ folder side by side.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    STRANGERCHAT_HOST=0.0.0.0 \
    STRANGERCHAT_PORT=8080 \
    STRANGERCHAT_DATA_DIR=/data
RUN groupadd --system --gid 10001 strangerchat \
    && useradd --system --uid 10001 --gid 10001 --no-create-home --home-dir /app strangerchat \
    && mkdir /data && chown 10001:10001 /data
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir --no-index /wheels/*.whl && rm -rf /wheels
WORKDIR /app
COPY strangerchat ./strangerchat
COPY web ./web
USER 10001:10001
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:' + os.environ['STRANGERCHAT_PORT'] + '/healthz', timeout=2)"]
CMD ["python", "-m", "strangerchat"]
