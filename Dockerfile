# The API image for docker-compose.yml. Neo4j runs in its own container (NEO4J_URI).
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY tsconfig.json codegen.yml ./
COPY schema ./schema
COPY seeds ./seeds
COPY browser ./browser
COPY examples ./examples
COPY src ./src
EXPOSE 4000
USER node
CMD ["npx", "tsx", "src/main.ts"]
