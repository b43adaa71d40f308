import { Module } from '@nestjs/common';
import { DemoLoader } from './demo-loader';

@Module({ providers: [DemoLoader] })
export class DemoModule {}
