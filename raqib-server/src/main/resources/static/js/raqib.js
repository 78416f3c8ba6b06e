// Raqib's only script of its own: no inline script anywhere (the CSP forbids it), so behaviour is attached here.
(function () {
  'use strict';

  // htmx requests carry the CSRF token the page was rendered with.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // Forms with data-confirm ask first; the question is rendered in the page's language.
  document.addEventListener('submit', function (event) {
    var question = event.target.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });

  // Buttons with data-copy copy the text of the element with that id (a token or password shown once).
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-copy]');
    if (!button) {
      return;
    }
    var source = document.getElementById(button.getAttribute('data-copy'));
    if (source && navigator.clipboard) {
      navigator.clipboard.writeText(source.textContent.trim());
      button.classList.add('copied');
    }
  });

  // An agreement's map (Leaflet, no tile layer): zones, corridors, posts, crossings and places from the
  // page's GeoJSON. The container is dir="ltr" (Leaflet's layout); popup text takes the page's language.
  document.addEventListener('DOMContentLoaded', function () {
    var container = document.getElementById('agreement-map');
    if (!container || !window.L) {
      return;
    }
    var lang = container.getAttribute('data-lang');
    var map = window.L.map(container, { attributionControl: false });
    window.L.control.scale({ imperial: false }).addTo(map);
    var colours = { zone: '#1f6f8b', post: '#6b4fa0', crossing: '#a0612a', place: '#5b6773' };
    function popup(properties) {
      var box = document.createElement('div');
      box.dir = 'auto';
      box.lang = lang;
      var name = document.createElement('strong');
      name.textContent = (lang === 'ar' ? properties.name_ar : properties.name_en) || properties.id;
      box.appendChild(name);
      var notes = [];
      if (properties.role === 'corridor') {
        notes.push(container.getAttribute('data-corridor').replace('{0}', properties.buffer_km));
      }
      if (properties.approximate) {
        notes.push(container.getAttribute('data-approximate'));
      }
      var note = lang === 'ar' ? properties.note_ar : properties.note_en;
      if (note) {
        notes.push(note);
      }
      notes.forEach(function (text) {
        var line = document.createElement('div');
        line.textContent = text;
        box.appendChild(line);
      });
      return box;
    }
    fetch(container.getAttribute('data-geojson'), { credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        var layer = window.L.geoJSON(data, {
          style: function (feature) {
            var p = feature.properties || {};
            return {
              color: colours[p.kind] || colours.zone,
              weight: p.role === 'centreline' ? 2 : 1.5,
              fillOpacity: p.role === 'corridor' ? 0.12 : 0.2,
              dashArray: p.approximate ? '6 4' : null
            };
          },
          pointToLayer: function (feature, latlng) {
            var p = feature.properties || {};
            return window.L.circleMarker(latlng, {
              radius: p.kind === 'place' ? 3 : 6,
              color: colours[p.kind] || colours.place,
              fillOpacity: 0.8,
              dashArray: p.approximate ? '3 2' : null
            });
          },
          onEachFeature: function (feature, featureLayer) {
            featureLayer.bindPopup(popup(feature.properties || {}));
          }
        }).addTo(map);
        // Frame the agreement's own shapes: zones, posts and crossings (places may lie far outside).
        var bounds = window.L.latLngBounds([]);
        layer.eachLayer(function (featureLayer) {
          var kind = featureLayer.feature && featureLayer.feature.properties && featureLayer.feature.properties.kind;
          if (kind !== 'place') {
            bounds.extend(featureLayer.getBounds ? featureLayer.getBounds() : featureLayer.getLatLng());
          }
        });
        if (!bounds.isValid()) {
          bounds = layer.getBounds();
        }
        if (bounds.isValid()) {
          map.fitBounds(bounds, { padding: [12, 12] });
        } else {
          map.setView([31.5, 34.45], 9);
        }
        container.setAttribute('data-features', String(data.features.length));
      });
  });
})();
