export { ffmpegMissingReason, findFfmpeg } from './ffmpeg-path.ts';
export type { FfmpegTools } from './ffmpeg-path.ts';
export {
  DEFAULT_MAX_VIDEO_PIXELS,
  DEFAULT_MAX_VIDEO_SECONDS,
  hashVideo,
  hashVideoFrames,
  isVideoFile,
  MAX_VIDEO_FILE_BYTES,
} from './hash-video.ts';
export type { HashVideoOptions, VideoFrameHashes, VideoHashes } from './hash-video.ts';
export { sniffVideo, VIDEO_EXTENSIONS } from './sniff.ts';
export type { VideoContainer } from './sniff.ts';
