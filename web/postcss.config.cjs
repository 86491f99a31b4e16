// PostCSS for Mantine: its preset provides light-dark(), rem() and the breakpoint mixins.
module.exports = {
  plugins: {
    'postcss-preset-mantine': {},
  },
};
