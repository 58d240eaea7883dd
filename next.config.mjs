import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Security headers are set by server.mjs for every response (one place, every door).
  poweredByHeader: false,
  reactStrictMode: true,
  // Our own page cache in server.mjs sits in front; Next should not add another layer
  // that would differ per instance.
  experimental: {},
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
